/** Placeholder, replaced by ext-ui (who owns this file): the popup lists the page's claims. */
const statusLine = document.getElementById('status');
if (statusLine) statusLine.textContent = 'Open a checked article to see its claims.';
export {};
