// The warning editor's banner preview: the level's colour and heading, the title and measures as typed.
(function () {
    var form = document.getElementById('warning-form');
    var preview = document.getElementById('banner-preview');
    if (!form || !preview) {
        return;
    }
    var level = document.getElementById('w-level');
    var title = document.getElementById('w-title');
    var measures = document.getElementById('w-measures');
    function update() {
        var option = level.options[level.selectedIndex];
        preview.className = 'fz-notice fz-notice-' + option.getAttribute('data-tone') + ' mb-3';
        document.getElementById('preview-heading').textContent = option.getAttribute('data-heading');
        if (title.value) {
            document.getElementById('preview-title').textContent = title.value;
        }
        if (measures.value) {
            document.getElementById('preview-measures').textContent = measures.value;
        }
    }
    level.addEventListener('change', update);
    title.addEventListener('input', update);
    measures.addEventListener('input', update);
    update();
}());
