// Filters for the side-by-side table and the exclusives; the page is complete without them.
(function () {
  var form = document.getElementById('filters');
  if (!form) { return; }
  form.hidden = false;
  var onlyDiff = document.getElementById('only-diff');
  var onlyQuotes = document.getElementById('only-quotes');
  var outlet = document.getElementById('outlet');
  function apply() {
    var rows = document.querySelectorAll('tr.statement, tr.exclusive, li.exclusive');
    for (var i = 0; i < rows.length; i++) {
      var row = rows[i];
      var outlets = (row.getAttribute('data-outlets') || '').split(' ');
      var hide = (onlyDiff.checked && !row.classList.contains('diff') && !row.classList.contains('exclusive'))
        || (onlyQuotes.checked && !row.classList.contains('quote'))
        || (outlet.value !== '' && outlets.indexOf(outlet.value) < 0);
      row.classList.toggle('hidden', hide);
    }
  }
  onlyDiff.addEventListener('change', apply);
  onlyQuotes.addEventListener('change', apply);
  outlet.addEventListener('change', apply);
}());
