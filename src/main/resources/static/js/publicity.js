// 普法统计: bar charts from the figures the page carries; a click on a theme opens the activities of that theme.
document.addEventListener('DOMContentLoaded', function () {
    if (typeof echarts === 'undefined') { return; }
    document.querySelectorAll('[data-chart]').forEach(function (el) {
        var data = JSON.parse(el.getAttribute('data-figures'))[el.getAttribute('data-chart')];
        var names = Object.keys(data);
        var chart = echarts.init(el);
        chart.setOption({
            animation: false,
            tooltip: {trigger: 'axis'},
            grid: {left: 40, right: 10, top: 20, bottom: 80},
            xAxis: {type: 'category', data: names, axisLabel: {interval: 0, rotate: 40}},
            yAxis: {type: 'value', minInterval: 1},
            series: [{type: 'bar', data: names.map(function (n) { return data[n]; }), itemStyle: {color: '#0d6efd'}}]
        });
        var list = el.getAttribute('data-list');
        if (list) {
            chart.on('click', function (p) {
                window.location.href = list + '&' + el.getAttribute('data-param') + '=' + encodeURIComponent(names[p.dataIndex]);
            });
        }
        window.addEventListener('resize', function () { chart.resize(); });
    });
});
