// The bar charts of the reform report (docs/adr/0051-reform-report.md), drawn from the page's JSON data block
// (no inline script: docs/adr/0011-sign-in-protection.md); tooltips in the canvas, as static/js/charts.js does.
(function () {
  if (typeof echarts === 'undefined') {
    return;
  }
  const source = document.getElementById('reform-chart-data');
  if (!source) {
    return;
  }
  const charts = JSON.parse(source.textContent);
  document.querySelectorAll('[data-reform-chart]').forEach((element) => {
    const chart = charts[element.dataset.reformChart];
    if (!chart || element.dataset.chartReady) {
      return;
    }
    element.dataset.chartReady = 'true';
    echarts.init(element).setOption({
      animation: false, tooltip: { trigger: 'axis', renderMode: 'richText' }, grid: { left: 40, right: 10, bottom: 60 },
      xAxis: { type: 'category', data: chart.labels, axisLabel: { interval: 0, fontSize: 10 } }, yAxis: { type: 'value' },
      series: [{ type: 'bar', data: chart.values, label: { show: true, position: 'top' } }]
    });
  });
})();
