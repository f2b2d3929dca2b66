// The evidence upload form: the file goes to the API as the request body, the other fields as query parameters, so
// the server streams it to the store without a multipart form; the section is reloaded after, a problem shown if any
// (in the language of the page).
if (!window.evidenceUpload) {
  window.evidenceUpload = true;
  document.addEventListener('submit', async (event) => {
    const form = event.target;
    if (!form.matches('form[data-evidence-upload]')) {
      return;
    }
    event.preventDefault();
    const data = new FormData(form);
    const file = data.get('file');
    const query = new URLSearchParams();
    for (const [name, value] of data) {
      if (name !== 'file' && name !== '_csrf' && value !== '') {
        query.append(name, value);
      }
    }
    query.set('fileName', file.name);
    const status = form.querySelector('[data-evidence-status]');
    status.classList.remove('text-danger');
    status.textContent = form.dataset.sending;
    const response = await fetch(form.action + '?' + query, {
      method: 'POST',
      body: file,
      headers: {
        'Content-Type': file.type || 'application/octet-stream',
        'X-CSRF-TOKEN': data.get('_csrf'),
        'Accept': 'application/json',
        'Accept-Language': document.documentElement.lang
      }
    });
    if (response.ok) {
      htmx.ajax('GET', form.dataset.section, {target: '#evidence', swap: 'outerHTML'});
      return;
    }
    const problem = await response.json().catch(() => ({}));
    status.classList.add('text-danger');
    status.textContent = [problem.title || response.status, problem.detail].filter(Boolean).join(': ');
  });
}
