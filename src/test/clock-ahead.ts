/**
 * With CLOCK_AHEAD_DAYS set (`npm run test:unit:future`), every test runs as if the device's clock
 * were that many days ahead: no test may depend on today's date. A test that pins the clock
 * itself (vi.useFakeTimers) replaces this shifted Date with its own.
 */
const days = Number(process.env.CLOCK_AHEAD_DAYS ?? 0);

if (days !== 0) {
  const RealDate = Date;
  const offset = days * 24 * 60 * 60 * 1000;
  class ShiftedDate extends RealDate {
    constructor(...args: ConstructorParameters<typeof Date> | []) {
      if (args.length === 0) super(RealDate.now() + offset);
      else super(...(args as ConstructorParameters<typeof Date>));
    }
    static now(): number {
      return RealDate.now() + offset;
    }
  }
  globalThis.Date = ShiftedDate as DateConstructor;
}
