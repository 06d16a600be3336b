// The portal's print buttons (a decision, a tracking page): the print stylesheet does the rest.
document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('[data-fz-print]').forEach(function (b) {
        b.addEventListener('click', function () { window.print(); });
    });
});
