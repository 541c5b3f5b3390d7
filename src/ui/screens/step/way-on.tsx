import { useEffect, useRef } from 'preact/hooks';

interface Props {
  label: string;
  onNext: () => void;
}

/**
 * The way on ("Volgende vraag", "Naar het overzicht"), stuck to the bottom of the screen so it
 * is always in view. Whatever gets keyboard focus is scrolled clear of it: browsers do not all
 * honour scroll-padding when they bring a focused element into view.
 */
export function WayOn({ label, onNext }: Props) {
  const bar = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const keepClear = (event: FocusEvent) => {
      const target = event.target as Element;
      // After the browser's own scroll to the focused element, which follows this event.
      requestAnimationFrame(() => {
        if (!bar.current || bar.current.contains(target)) return;
        const focused = target.getBoundingClientRect();
        const covering = bar.current.getBoundingClientRect();
        const hidden = focused.bottom - covering.top;
        if (hidden > 0 && focused.top < covering.bottom) window.scrollBy({ top: hidden + 8, behavior: 'instant' });
      });
    };
    document.addEventListener('focusin', keepClear);
    return () => document.removeEventListener('focusin', keepClear);
  }, []);
  return (
    <div class="way-on" ref={bar}>
      <button type="button" class="button button--primary" onClick={onNext}>
        {label}
      </button>
    </div>
  );
}
