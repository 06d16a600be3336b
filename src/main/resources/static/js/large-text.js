// 大字模式 (large text) is set on the page's root before it is drawn, so a page never flashes in small text first;
// app.js keeps the switch.
if (window.localStorage && localStorage.getItem('fz-large') === '1') {
    document.documentElement.classList.add('fz-large');
}
