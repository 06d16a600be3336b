// htmx sends the CSRF token from the page's meta tag; the large-font switch of the portal is remembered.
document.addEventListener('DOMContentLoaded', function () {
    var token = document.querySelector('meta[name="_csrf"]');
    var header = document.querySelector('meta[name="_csrf_header"]');
    document.body.addEventListener('htmx:configRequest', function (e) {
        if (token && header) { e.detail.headers[header.content] = token.content; }
    });
    if (localStorage.getItem('fz-large') === '1') { document.body.classList.add('fz-large'); }
    var large = document.getElementById('fz-large-toggle');
    if (large) {
        large.addEventListener('click', function () {
            var on = document.body.classList.toggle('fz-large');
            localStorage.setItem('fz-large', on ? '1' : '0');
            large.setAttribute('aria-pressed', on ? 'true' : 'false');
        });
    }
    document.querySelectorAll('[data-progress-url]').forEach(function (el) {
        var url = el.getAttribute('data-progress-url');
        var timer = setInterval(function () {
            fetch(url, {headers: {'Accept': 'application/json'}}).then(function (r) { return r.json(); }).then(function (s) {
                var bar = el.querySelector('.progress-bar');
                var pct = s.total > 0 ? Math.round(100 * s.processed / s.total) : 0;
                bar.style.width = pct + '%';
                bar.textContent = s.processed + ' / ' + s.total;
                if (s.done) { clearInterval(timer); window.location.reload(); }
            });
        }, 700);
    });
});
