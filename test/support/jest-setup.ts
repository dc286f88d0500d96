import "@testing-library/jest-dom";

// jsdom has no layout, hence no ResizeObserver; Fluent's MessageBar observes
// its own size to reflow. An observer that never fires is what jsdom can offer.
if (typeof window !== "undefined" && !("ResizeObserver" in window)) {
  class NoLayoutResizeObserver {
    observe() {}
    unobserve() {}
    disconnect() {}
  }
  Object.assign(window, { ResizeObserver: NoLayoutResizeObserver });
}
