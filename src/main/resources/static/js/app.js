// htmx sends the CSRF token from the page's meta tag; the large-font switch of the portal is remembered.
document.addEventListener('DOMContentLoaded', function () {
    var token = document.querySelector('meta[name="_csrf"]');
    var header = document.querySelector('meta[name="_csrf_header"]');
    document.body.addEventListener('htmx:configRequest', function (e) {
        if (token && header) { e.detail.headers[header.content] = token.content; }
    });
    // 大字模式: the class on the root sizes the text (large-text.js set it before the page was drawn), the one on
    // the body tells scripts and tests that it is on
    var large = document.getElementById('fz-large-toggle');
    function setLarge(on) {
        document.documentElement.classList.toggle('fz-large', on);
        document.body.classList.toggle('fz-large', on);
        if (large) { large.setAttribute('aria-pressed', on ? 'true' : 'false'); }
    }
    setLarge(localStorage.getItem('fz-large') === '1');
    if (large) {
        large.addEventListener('click', function () {
            var on = !document.documentElement.classList.contains('fz-large');
            setLarge(on);
            localStorage.setItem('fz-large', on ? '1' : '0');
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
