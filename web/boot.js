// Trunk's initializer for the app (index.html, `data-initializer`): while the WebAssembly downloads
// on a slow connection the page says so and shows the progress, instead of staying blank; if the
// download or the start fails, it says what to do. The messages and the watchdog for a JS glue
// that never arrives are in index.html (`aiguillageBoot`), which runs even when this file cannot.
export default function boot() {
  const box = () => document.getElementById('boot');
  return {
    onProgress: ({ current, total }) => {
      window.aiguillageBoot?.alive();
      const bar = box()?.querySelector('progress');
      if (bar && total > 0) {
        bar.max = total;
        bar.value = Math.min(current, total);
      }
    },
    onSuccess: () => {
      // `data-hold`: the app waits for the strings of its language and removes it itself.
      const el = box();
      if (el && !el.hasAttribute('data-hold')) el.remove();
    },
    onFailure: () => {
      window.aiguillageBoot?.fail();
    },
  };
}
