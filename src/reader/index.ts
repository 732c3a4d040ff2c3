const app = document.getElementById('app');
if (app) {
  const h = document.createElement('h1');
  h.textContent = 'Policy Lens — Interview';
  app.append(h);
}
