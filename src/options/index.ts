const app = document.getElementById('app');
if (app) {
  const h = document.createElement('h1');
  h.textContent = 'Policy Lens — Options';
  app.append(h);
}
