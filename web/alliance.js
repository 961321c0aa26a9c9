// Marks the page as able to run GOV.UK Frontend's scripts, before it is
// drawn.  A file, not an inline script, so the Content-Security-Policy
// can forbid inline script altogether.
document.body.className += ' js-enabled' +
  ('noModule' in HTMLScriptElement.prototype ? ' govuk-frontend-supported' : '');
