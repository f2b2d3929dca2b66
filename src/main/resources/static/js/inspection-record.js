// The phone page of an inspection (docs/adr/0030-recording-and-publishing-inspections.md): answers per item, photos
// (resized in the browser before upload), the position or a manual fallback, the subject's signature drawn with
// pointer events, then the result sent as JSON to the API. No inline script: the Content-Security-Policy refuses it.
(() => {
  // the receipt after the reload: the company's rating secret, once (docs/adr/0029-inspection-code-public-check-and-rating.md)
  const receipt = document.getElementById('record-receipt');
  if (receipt) {
    const key = 'rating-secret-' + receipt.dataset.visit;
    const secret = sessionStorage.getItem(key);
    if (secret) {
      sessionStorage.removeItem(key);
      document.getElementById('record-receipt-secret').textContent = secret;
      receipt.classList.remove('d-none');
      document.getElementById('record-receipt-print').addEventListener('click', () => window.print());
    }
  }
})();
(() => {
  const form = document.getElementById('record-form');
  if (!form || form.dataset.ready) {
    return;
  }
  form.dataset.ready = 'true';
  const status = document.getElementById('record-status');
  const csrf = form.querySelector('input[name="_csrf"]');
  const headers = (extra) => Object.assign({ 'Accept': 'application/json', 'X-CSRF-TOKEN': csrf ? csrf.value : '' }, extra || {});

  const show = (kind, text) => {
    status.className = 'alert alert-' + kind;
    status.textContent = text;
    status.scrollIntoView({ block: 'nearest' });
  };
  const problem = async (response) => {
    try {
      const body = await response.json();
      return [body.title, body.detail].filter(Boolean).join(': ') || form.dataset.msgFailed;
    } catch (e) {
      return form.dataset.msgFailed + ' (' + response.status + ')';
    }
  };

  // outcome: a failed item excludes "no problem"; correction and clue fields follow the choice
  const outcome = () => (form.querySelector('input[name="outcome"]:checked') || {}).value;
  const failed = () => form.querySelector('.record-item input[value="FAIL"]:checked') !== null;
  const sync = () => {
    const noProblem = document.getElementById('outcome-NO_PROBLEM');
    if (failed()) {
      noProblem.disabled = true;
      if (noProblem.checked) {
        document.getElementById('outcome-CORRECTION_ORDERED').checked = true;
      }
    } else {
      noProblem.disabled = false;
      noProblem.checked = true;
    }
    document.getElementById('record-correction').classList.toggle('d-none', outcome() !== 'CORRECTION_ORDERED');
    document.getElementById('record-clue').classList.toggle('d-none', outcome() !== 'CASE_CLUE');
  };
  form.addEventListener('change', (event) => {
    if (event.target.name === 'outcome' || event.target.classList.contains('btn-check')) {
      sync();
    }
  });

  // photos: downsized to at most 1600 px as JPEG when the browser can decode them, then uploaded one by one
  const downsize = async (file) => {
    try {
      const bitmap = await createImageBitmap(file);
      const scale = Math.min(1, 1600 / Math.max(bitmap.width, bitmap.height));
      const canvas = document.createElement('canvas');
      canvas.width = Math.round(bitmap.width * scale);
      canvas.height = Math.round(bitmap.height * scale);
      canvas.getContext('2d').drawImage(bitmap, 0, 0, canvas.width, canvas.height);
      return await new Promise((resolve) => canvas.toBlob((blob) => resolve(blob || file), 'image/jpeg', 0.85));
    } catch (e) {
      return file;
    }
  };
  document.getElementById('record-photo').addEventListener('change', async (event) => {
    const file = event.target.files && event.target.files[0];
    if (!file) {
      return;
    }
    const data = new FormData();
    data.append('photo', await downsize(file), 'photo.jpg');
    const response = await fetch(form.dataset.photos, { method: 'POST', headers: headers(), body: data, credentials: 'same-origin' });
    if (!response.ok) {
      show('danger', await problem(response));
      return;
    }
    const photo = await response.json();
    const item = document.createElement('li');
    const code = document.createElement('code');
    code.textContent = photo.sha256;
    item.appendChild(code);
    document.getElementById('record-photos').appendChild(item);
    event.target.value = '';
    show('success', form.dataset.msgPhotoSaved);
  });

  // location: the device's position, or typed in when it is refused or unavailable
  const lat = document.getElementById('record-lat');
  const lon = document.getElementById('record-lon');
  const accuracy = document.getElementById('record-accuracy');
  const note = document.getElementById('record-location-note');
  document.getElementById('record-locate').addEventListener('click', () => {
    if (!navigator.geolocation) {
      note.textContent = form.dataset.msgNoLocation;
      lat.focus();
      return;
    }
    navigator.geolocation.getCurrentPosition((position) => {
      lat.value = position.coords.latitude.toFixed(6);
      lon.value = position.coords.longitude.toFixed(6);
      accuracy.value = Math.round(position.coords.accuracy);
      note.textContent = form.dataset.msgLocated;
    }, () => {
      note.textContent = form.dataset.msgNoLocation;
      lat.focus();
    }, { enableHighAccuracy: true, timeout: 10000 });
  });

  // signature: drawn with a finger, a pen or a mouse
  const pad = document.getElementById('record-signature');
  const ink = pad.getContext('2d');
  let signed = false;
  let drawing = false;
  const blank = () => {
    ink.fillStyle = '#fff';
    ink.fillRect(0, 0, pad.width, pad.height);
    ink.strokeStyle = '#000';
    ink.lineWidth = 2.5;
    ink.lineCap = 'round';
    ink.lineJoin = 'round';
    signed = false;
  };
  const point = (event) => {
    const box = pad.getBoundingClientRect();
    return [(event.clientX - box.left) * pad.width / box.width, (event.clientY - box.top) * pad.height / box.height];
  };
  pad.addEventListener('pointerdown', (event) => {
    event.preventDefault();
    pad.setPointerCapture(event.pointerId);
    drawing = true;
    const [x, y] = point(event);
    ink.beginPath();
    ink.moveTo(x, y);
  });
  pad.addEventListener('pointermove', (event) => {
    if (!drawing) {
      return;
    }
    const [x, y] = point(event);
    ink.lineTo(x, y);
    ink.stroke();
    signed = true;
  });
  const stop = () => {
    drawing = false;
  };
  pad.addEventListener('pointerup', stop);
  pad.addEventListener('pointercancel', stop);
  document.getElementById('record-signature-clear').addEventListener('click', blank);
  blank();

  // the result
  const text = (id) => {
    const value = document.getElementById(id).value.trim();
    return value === '' ? null : value;
  };
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const answers = [];
    let unanswered = 0;
    form.querySelectorAll('.record-item').forEach((item) => {
      const id = item.dataset.itemId;
      const verdict = item.querySelector('input[name="verdict-' + id + '"]:checked');
      if (!verdict) {
        unanswered++;
        return;
      }
      const remark = item.querySelector('textarea').value.trim();
      answers.push({ itemId: Number(id), verdict: verdict.value, note: remark === '' ? null : remark });
    });
    if (unanswered > 0) {
      show('warning', form.dataset.msgUnanswered);
      return;
    }
    const body = {
      code: text('record-code'),
      inspectedOn: text('record-inspected-on'),
      answers: answers,
      location: lat.value !== '' && lon.value !== ''
        ? { latitude: Number(lat.value), longitude: Number(lon.value), accuracy: accuracy.value === '' ? null : Number(accuracy.value) }
        : null,
      signature: signed ? pad.toDataURL('image/png') : null,
      outcome: outcome() || null,
      correction: outcome() === 'CORRECTION_ORDERED'
        ? { deadline: text('record-correction-deadline'), requirement: text('record-correction-requirement') }
        : null,
      matterCode: outcome() === 'CASE_CLUE' ? text('record-matter') : null
    };
    const submit = document.getElementById('record-submit');
    submit.disabled = true;
    show('info', form.dataset.msgSaving);
    const response = await fetch(form.dataset.api, {
      method: 'POST', credentials: 'same-origin',
      headers: headers({ 'Content-Type': 'application/json' }), body: JSON.stringify(body)
    });
    if (response.ok) {
      const recorded = await response.json();
      if (recorded.ratingSecret) {
        // shown once, after the reload, on the receipt; the server keeps only its hash
        sessionStorage.setItem('rating-secret-' + recorded.visit.id, recorded.ratingSecret);
      }
      show('success', form.dataset.msgSaved);
      window.location.reload();
      return;
    }
    submit.disabled = false;
    show('danger', await problem(response));
  });
  sync();
})();
