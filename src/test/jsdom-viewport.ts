/**
 * What jsdom lacks for whole screens, beyond src/test/setup.ts: a viewport for the
 * virtualised tables (react-virtual 3.14 sizes it from clientWidth/clientHeight, which
 * jsdom reports as 0, so no row would render; 1600px tall shows every row of a demo org),
 * and the pointer-capture and scrolling methods Radix menus call. Imported by
 * render-route.tsx; each test file has its own jsdom.
 */
Object.defineProperty(HTMLElement.prototype, 'clientHeight', { configurable: true, get: () => 1600 });
Object.defineProperty(HTMLElement.prototype, 'clientWidth', { configurable: true, get: () => 1000 });

const element = Element.prototype as Partial<Element>;
element.scrollIntoView ??= () => undefined;
element.hasPointerCapture ??= () => false;
element.setPointerCapture ??= () => undefined;
element.releasePointerCapture ??= () => undefined;
