// Trunk's initializer for the app (index.html, `data-initializer`): while the WebAssembly downloads
// on a slow connection the page says so and shows the progress, instead of staying blank; if the
// download or the start fails, it says what to do. Plain text only, in French and English.
export default function boot() {
  const box = () => document.getElementById('boot');
  return {
    onProgress: ({ current, total }) => {
      const bar = box()?.querySelector('progress');
      if (bar && total > 0) {
        bar.max = total;
        bar.value = Math.min(current, total);
      }
    },
    onSuccess: () => {
      box()?.remove();
    },
    onFailure: () => {
      const el = box();
      if (!el) return;
      el.classList.add('boot--failed');
      el.querySelector('progress')?.remove();
      const fr = el.querySelector('[data-boot=fr]');
      const en = el.querySelector('[data-boot=en]');
      if (fr) fr.textContent = "Aiguillage n'a pas pu se charger : la connexion a peut-être été coupée. Rechargez la page pour réessayer, ou adressez-vous à une Mission Locale, à France Travail ou à Cap Emploi.";
      if (en) en.textContent = 'Aiguillage could not load: the connection may have dropped. Reload the page to try again, or contact a Mission Locale, France Travail or Cap Emploi.';
    },
  };
}
