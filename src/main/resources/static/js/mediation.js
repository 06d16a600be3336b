// 调解统计: charts from the figures the page carries in data attributes; a click opens the disputes behind a bar.
document.addEventListener('DOMContentLoaded', function () {
    if (typeof echarts === 'undefined') { return; }
    document.querySelectorAll('[data-chart]').forEach(function (el) {
        var data = JSON.parse(el.getAttribute('data-figures'));
        var list = el.getAttribute('data-list');
        var kind = el.getAttribute('data-chart');
        var names, values, param, codes;
        if (kind === 'month') {
            names = data.months.map(function (_, i) { return (i + 1) + '月'; });
            values = data.months;
            param = 'month';
            codes = data.months.map(function (_, i) { return i + 1; });
        } else if (kind === 'category') {
            names = Object.keys(data.categories);
            values = names.map(function (n) { return data.categories[n]; });
            param = 'category';
            codes = data.categoryCodes;
        } else {
            names = Object.keys(data.sources);
            values = names.map(function (n) { return data.sources[n]; });
            param = 'source';
            codes = data.sourceCodes;
        }
        var chart = echarts.init(el);
        chart.setOption({
            animation: false,
            tooltip: {trigger: 'axis'},
            grid: {left: 40, right: 10, top: 20, bottom: kind === 'category' ? 70 : 30},
            xAxis: {type: 'category', data: names, axisLabel: {interval: 0, rotate: kind === 'category' ? 40 : 0}},
            yAxis: {type: 'value', minInterval: 1},
            series: [{type: 'bar', data: values, itemStyle: {color: '#0d6efd'}}]
        });
        chart.on('click', function (p) {
            window.location.href = list + '&' + param + '=' + encodeURIComponent(codes[p.dataIndex]);
        });
        window.addEventListener('resize', function () { chart.resize(); });
    });
});
