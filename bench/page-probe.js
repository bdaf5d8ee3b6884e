/**
 * Runs in every page the bench drives (Playwright's addInitScript), before the page's own code.
 * - Long tasks: a PerformanceObserver keeps them, so the bench can wait until the page is quiet
 *   and count those while scrolling.
 * - `__bench.arm(kind)` before an input: the first pointerup ('click': a click acts when the button
 *   is released) or keydown ('key') after it gives the start (the event's own timeStamp, when
 *   the browser received the input); then, frame by frame, the
 *   rendered rows (their text, classes and checkboxes, and how many) are compared with what they
 *   were; the end is just after the first frame that shows them changed (a message posted from
 *   that frame's requestAnimationFrame runs once the frame is rendered).
 * - `__bench.result(timeoutMs)`: input → rows changed on screen, in ms (NaN if nothing changed).
 * - `__bench.scroll(frames, step)`: a fast flick down the table, and the long tasks meanwhile.
 */
(() => {
  const longTasks = [];
  let lastLongTaskEnd = 0;
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        longTasks.push({ start: entry.startTime, duration: entry.duration });
        lastLongTaskEnd = Math.max(lastLongTaskEnd, entry.startTime + entry.duration);
      }
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // no long task timing: the bench then waits on the network alone
  }

  function signature() {
    const rows = document.querySelectorAll('tbody tr[data-index]');
    let text = String(rows.length);
    for (const row of rows) {
      text += '\u0001' + row.getAttribute('data-index') + ':' + row.className + ':' + row.textContent;
      const box = row.querySelector('input[type="checkbox"], [role="checkbox"]');
      if (box) text += ':' + (box.getAttribute('aria-checked') ?? String(box.checked));
    }
    return text;
  }

  let armed = null;
  const START_EVENT = { click: 'pointerup', key: 'keydown' };
  function onInput(event) {
    if (armed && armed.start === null && START_EVENT[armed.kind] === event.type)
      armed.start = event.timeStamp > 0 ? event.timeStamp : performance.now();
  }
  for (const type of Object.values(START_EVENT)) addEventListener(type, onInput, { capture: true });

  function watch(probe) {
    if (armed !== probe || probe.end !== null) return;
    if (probe.start !== null && signature() !== probe.before) {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        probe.end = performance.now();
        probe.done();
      };
      channel.port2.postMessage(0);
      return;
    }
    requestAnimationFrame(() => watch(probe));
  }

  window.__bench = {
    arm(kind) {
      let done = () => {};
      const finished = new Promise((resolve) => (done = resolve));
      armed = { kind, start: null, end: null, before: signature(), done, finished };
      requestAnimationFrame(() => watch(armed));
    },
    async result(timeoutMs) {
      const probe = armed;
      if (!probe) return Number.NaN;
      await Promise.race([probe.finished, new Promise((resolve) => setTimeout(resolve, timeoutMs))]);
      armed = null;
      return probe.end === null || probe.start === null ? Number.NaN : probe.end - probe.start;
    },
    quietForMs() {
      return performance.now() - lastLongTaskEnd;
    },
    longTasksSince(time) {
      return longTasks.filter((task) => task.start >= time).map((task) => task.duration);
    },
    /** Scrolls the table's box down `step` px a frame for `frames` frames (0: back to the top). */
    async scroll(frames, step) {
      let box = document.querySelector('tbody')?.parentElement ?? null;
      while (box && box.scrollHeight <= box.clientHeight) box = box.parentElement;
      if (!box) return { longTasks: [], longestFrameMs: 0 };
      if (frames === 0) {
        box.scrollTop = 0;
        return { longTasks: [], longestFrameMs: 0 };
      }
      const started = performance.now();
      let last = started;
      let longestFrameMs = 0;
      for (let frame = 0; frame < frames; frame += 1) {
        box.scrollTop += step;
        await new Promise((resolve) => requestAnimationFrame(resolve));
        const now = performance.now();
        longestFrameMs = Math.max(longestFrameMs, now - last);
        last = now;
      }
      // Let the last frames' long tasks be reported.
      await new Promise((resolve) => setTimeout(resolve, 100));
      return { longTasks: this.longTasksSince(started), longestFrameMs };
    },
  };
})();
