import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { hasNavigated } from '../../navigation';

/**
 * A screen's h1. After an in-app navigation it takes focus as it mounts, so keyboard and
 * screen-reader users land on, and hear, the new step.
 */
export function ScreenHeading({ children }: { children: ComponentChildren }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (hasNavigated()) heading.current?.focus();
  }, []);
  return (
    <h1 id="screen-heading" tabIndex={-1} ref={heading}>
      {children}
    </h1>
  );
}
