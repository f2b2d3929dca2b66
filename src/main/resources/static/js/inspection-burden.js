// The chart of the inspection burden page (docs/adr/0031-inspection-burden.md): subjects with 0, 1, 2, 3+ visits in a
// year, in total and per department, from the JSON data block the page carries (no inline script). Tooltips are drawn
// in the canvas (renderMode richText), as in charts.js, for the Content-Security-Policy. Loaded after echarts.
(function () {
  if (typeof echarts === 'undefined') {
    return;
  }
  document.querySelectorAll('[data-chart="inspection-burden"]').forEach((element) => {
    const source = document.getElementById(element.dataset.chartData);
    if (!source || element.dataset.chartReady) {
      return;
    }
    element.dataset.chartReady = 'true';
    const data = JSON.parse(source.textContent);
    const series = [{ name: data.labels[0], type: 'bar', data: data.chart.total }];
    data.chart.departments.forEach((name, i) => series.push({ name: name, type: 'bar', data: data.chart.byDepartment[i] }));
    echarts.init(element).setOption({
      animation: false, tooltip: { trigger: 'axis', renderMode: 'richText' }, legend: {},
      grid: { left: 50, right: 10, bottom: 40 },
      xAxis: { type: 'category', data: data.labels.slice(1) }, yAxis: { type: 'value', minInterval: 1 },
      series: series
    });
  });
})();
