// The map page (docs/adr/0052-the-map.md): draws the shipped outlines with ECharts (registerMap), colours each
// outline by its own count from the page's JSON block (counted on the server at the outline's level), and shows the
// chosen layer's clusters in the view on screen, fetched again with the view's box and a grid of about twelve cells
// across it as the viewer zooms or pans; a click on an outline opens the area it belongs to. Tooltips are drawn in
// the canvas (richText): the Content-Security-Policy refuses ECharts' HTML tooltips. Loaded after echarts.
(function () {
  const element = document.getElementById('territory-map');
  const source = document.getElementById('map-data');
  if (typeof echarts === 'undefined' || !element || !source || element.dataset.chartReady) {
    return;
  }
  element.dataset.chartReady = 'true';
  const shades = JSON.parse(source.textContent).shades;
  const byName = new Map(shades.map((shade) => [shade.name, shade]));
  const chart = echarts.init(element);
  let shown = '';

  // The view on screen as west,south,east,north (degrees), from the corners of the canvas through the geo component.
  const view = () => {
    const corners = [[0, 0], [chart.getWidth(), chart.getHeight()]]
      .map((pixel) => chart.convertFromPixel({ geoIndex: 0 }, pixel));
    const clamp = (v, limit) => Math.max(-limit, Math.min(limit, v));
    const lngs = corners.map((c) => clamp(c[0], 180));
    const lats = corners.map((c) => clamp(c[1], 90));
    return [Math.min(...lngs), Math.min(...lats), Math.max(...lngs), Math.max(...lats)];
  };

  const loadPoints = () => {
    const box = view();
    const width = Math.max(box[2] - box[0], 0.0001);
    const zoom = Math.max(0, Math.min(16, Math.round(Math.log2(96 / width))));
    const bbox = box.map((v) => v.toFixed(5)).join(',');
    const asked = '&zoom=' + zoom + '&bbox=' + bbox;
    if (asked === shown) {
      return;
    }
    shown = asked;
    fetch(element.dataset.points + asked, { headers: { Accept: 'application/json' } })
      .then((response) => (response.ok ? response.json() : { clusters: [] }))
      .then((points) => chart.setOption({
        series: [{ id: 'points', data: points.clusters.map((c) => [c.longitude, c.latitude, c.count]) }]
      }));
  };

  fetch(element.dataset.boundaries, { headers: { Accept: 'application/geo+json' } })
    .then((response) => response.json())
    .then((geo) => {
      if (!geo.features.length) {
        return;
      }
      echarts.registerMap('territory', geo);
      const data = shades.map((shade) => ({ name: shade.name, value: shade.value === null ? null : Number(shade.value) }));
      const values = data.map((d) => d.value).filter((v) => v !== null);
      chart.setOption({
        animation: false,
        tooltip: { trigger: 'item', renderMode: 'richText' },
        geo: { map: 'territory', roam: true, label: { show: geo.features.length < 30, fontSize: 10 } },
        visualMap: {
          type: 'continuous', seriesIndex: 0, min: 0, max: Math.max(1, ...values), calculable: true,
          text: [element.dataset.measure, ''], inRange: { color: ['#e0ecf8', '#3a7bd5', '#0b2e6b'] }, left: 10, bottom: 10
        },
        series: [
          { id: 'areas', type: 'map', geoIndex: 0, name: element.dataset.measure, data: data },
          {
            id: 'points', type: 'scatter', coordinateSystem: 'geo', name: element.dataset.pointsLabel, data: [],
            symbolSize: (v) => 8 + 4 * Math.log2(v[2]), itemStyle: { color: '#d9480f', opacity: 0.85 },
            label: { show: true, formatter: (p) => String(p.value[2]), color: '#fff', fontSize: 10 },
            tooltip: { formatter: (p) => element.dataset.pointsLabel + ': ' + p.value[2] }
          }
        ]
      });
      loadPoints();
    });

  let roaming;
  chart.on('georoam', () => {
    clearTimeout(roaming);
    roaming = setTimeout(() => {
      loadPoints();
    }, 300);
  });
  chart.on('click', (event) => {
    if (event.seriesId !== 'areas' || !element.dataset.drill) {
      return;
    }
    const shade = byName.get(event.name);
    if (shade && shade.drill) {
      window.location.assign(element.dataset.drill + '&division=' + shade.drill);
    }
  });
  window.addEventListener('resize', () => chart.resize());
})();
