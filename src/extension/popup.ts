/** Placeholder, replaced by ext-ui (who owns this file): the popup lists the page's claims. */
const status = document.getElementById('status');
if (status) status.textContent = 'Open a checked article to see its claims.';
