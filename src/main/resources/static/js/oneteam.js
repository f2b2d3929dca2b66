// Page behaviours without inline script or event-handler attributes, which the Content-Security-Policy refuses
// (docs/adr/0011-sign-in-protection.md). Listeners sit on the document, so content swapped in by htmx has them too.
//   data-autosubmit              on a field: submits its form when it changes
//   data-print-frame="id"        on a button: prints the frame with that id
//   data-locate-lat / -lon="id"  on a button: fills those fields with the device's position
document.addEventListener('change', (event) => {
  const field = event.target.closest && event.target.closest('[data-autosubmit]');
  if (field && field.form) {
    field.form.requestSubmit();
  }
});
document.addEventListener('click', (event) => {
  const target = event.target.closest ? event.target : event.target.parentElement;
  const print = target && target.closest('[data-print-frame]');
  if (print) {
    document.getElementById(print.dataset.printFrame).contentWindow.print();
    return;
  }
  const locate = target && target.closest('[data-locate-lat]');
  if (locate && navigator.geolocation) {
    navigator.geolocation.getCurrentPosition((position) => {
      document.getElementById(locate.dataset.locateLat).value = position.coords.latitude.toFixed(6);
      document.getElementById(locate.dataset.locateLon).value = position.coords.longitude.toFixed(6);
    });
  }
});
