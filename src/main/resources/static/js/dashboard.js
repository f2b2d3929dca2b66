// The charts of the dashboards (docs/adr/0050-dashboards-and-projections.md), drawn from the page's JSON data block:
// no inline script (docs/adr/0011-sign-in-protection.md); tooltips in the canvas (renderMode richText), since ECharts'
// HTML tooltips carry style attributes the Content-Security-Policy refuses. Loaded after echarts.
(function () {
  if (typeof echarts === 'undefined') {
    return;
  }
  const pie = (slices) => ({
    animation: false, tooltip: { trigger: 'item', renderMode: 'richText' },
    series: [{ type: 'pie', radius: ['35%', '65%'], data: slices, label: { fontSize: 10 } }]
  });
  const builders = {
    'dashboard-stages': (d) => pie(d.chart.stages),
    'dashboard-domains': (d) => pie(d.chart.domains),
    'dashboard-channels': (d) => pie(d.chart.channels),
    'dashboard-lines': (d) => ({
      animation: false, tooltip: { trigger: 'axis', renderMode: 'richText' }, legend: {},
      grid: { left: 40, right: 10, bottom: 90 },
      xAxis: { type: 'category', data: d.chart.lines, axisLabel: { rotate: 30, fontSize: 10 } },
      yAxis: { type: 'value' },
      series: [{ name: d.labels[0], type: 'bar', data: d.chart.cases }, { name: d.labels[1], type: 'bar', data: d.chart.events }]
    })
  };
  document.querySelectorAll('[data-chart]').forEach((element) => {
    const source = document.getElementById(element.dataset.chartData);
    const build = builders[element.dataset.chart];
    if (!source || !build || element.dataset.chartReady) {
      return;
    }
    element.dataset.chartReady = 'true';
    echarts.init(element).setOption(build(JSON.parse(source.textContent)));
  });
})();
