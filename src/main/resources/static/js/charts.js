// The charts of the staffing, indicator and whistle score pages, drawn from the JSON data block each page carries
// (no inline script: docs/adr/0011-sign-in-protection.md). Tooltips are drawn in the canvas (renderMode richText):
// ECharts' HTML tooltips carry style attributes, which the Content-Security-Policy refuses. Loaded after echarts;
// htmx keeps that order when it swaps a page in.
(function () {
  if (typeof echarts === 'undefined') {
    return;
  }
  const tooltip = { trigger: 'axis', renderMode: 'richText' };
  const bar = (data, name, key) => ({ name: name, type: 'bar', data: data.chart[key] });
  const builders = {
    'staffing-posts': (d) => ({
      animation: false, tooltip: tooltip, legend: {}, grid: { left: 40, right: 10, bottom: 90 },
      xAxis: { type: 'category', data: d.chart.bodies, axisLabel: { rotate: 30, fontSize: 10 } }, yAxis: { type: 'value' },
      series: [bar(d, d.labels[0], 'authorised'), bar(d, d.labels[1], 'filled'), bar(d, d.labels[2], 'certified'),
        bar(d, d.labels[3], 'auxiliaries')]
    }),
    'staffing-rates': (d) => {
      const stationed = bar(d, d.labels[4], 'stationedShare');
      stationed.markLine = { symbol: 'none', data: [{ yAxis: 60 }], label: { position: 'insideEndTop', formatter: d.labels[6] + ' 60 %' } };
      return {
        animation: false, tooltip: tooltip, legend: {}, grid: { left: 40, right: 10, bottom: 90 },
        xAxis: { type: 'category', data: d.chart.bodies, axisLabel: { rotate: 30, fontSize: 10 } },
        yAxis: { type: 'value', max: 100 }, series: [stationed, bar(d, d.labels[5], 'vacancyRate')]
      };
    },
    'indicators': (d) => ({
      animation: false, tooltip: tooltip, legend: {}, grid: { left: 40, right: 10, bottom: 90 },
      xAxis: { type: 'category', data: d.chart.units, axisLabel: { rotate: 30, fontSize: 10 } },
      yAxis: { type: 'value', max: 100 },
      series: [bar(d, d.labels[0], 'onTime'), bar(d, d.labels[1], 'satisfaction')]
    }),
    'whistle-scores': (d) => ({
      animation: false, tooltip: tooltip, legend: {}, grid: { left: 40, right: 10, bottom: 90 },
      xAxis: { type: 'category', data: d.chart.departments, axisLabel: { rotate: 20, fontSize: 10 } },
      yAxis: { type: 'value', max: 100 },
      series: [bar(d, d.labels[0], 'rating'), bar(d, d.labels[1], 'acknowledged'), bar(d, d.labels[2], 'arrived'),
        bar(d, d.labels[3], 'resolved')]
    })
  };
  // a page's own builders (e.g. dashboard.js), loaded before this script, join these
  Object.assign(builders, window.oneteamChartBuilders || {});
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
