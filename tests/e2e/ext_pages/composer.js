// The composer every test page shares: a draft box, a Post button, and a status line the
// tests read. Each page defines window.sendPost(text), which returns a promise of the HTTP
// status, as its platform's web client sends a post.
(function () {
  const form = document.getElementById('composer');
  const draft = document.getElementById('draft');
  const status = document.getElementById('status');
  let attempt = 0;
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const n = ++attempt;
    status.textContent = `sending ${n}`;
    window.sendPost(draft.value).then(
      (code) => { status.textContent = `sent ${n} ${code}`; },
      (err) => { status.textContent = `not sent ${n} ${err && err.name}`; });
  });
})();
