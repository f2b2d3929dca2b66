// The map page (docs/adr/0052-the-map.md): draws the shipped outlines with ECharts (registerMap), colours each
// outline by its value from the page's JSON block (summed on the server over the areas it holds or lies in: a county
// outline whose areas are townships takes their sum), and shows the chosen layer's clusters, fetched again for a
// finer grid as the viewer zooms; a click on an outline opens the area it belongs to. Tooltips are drawn in the
// canvas (richText): the Content-Security-Policy refuses ECharts' HTML tooltips. Loaded after echarts.
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
  let baseZoom = 4;
  let shownZoom = -1;

  const extentWidth = (geo) => {
    let min = 180;
    let max = -180;
    const visit = (c) => {
      if (typeof c[0] === 'number') {
        min = Math.min(min, c[0]);
        max = Math.max(max, c[0]);
      } else {
        c.forEach(visit);
      }
    };
    geo.features.forEach((f) => visit(f.geometry.coordinates));
    return Math.max(max - min, 0.01);
  };

  const loadPoints = (zoom) => {
    const level = Math.max(0, Math.min(16, zoom));
    if (level === shownZoom) {
      return;
    }
    shownZoom = level;
    fetch(element.dataset.points + '&zoom=' + level, { headers: { Accept: 'application/json' } })
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
      baseZoom = Math.round(Math.log2(96 / extentWidth(geo)));
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
      loadPoints(baseZoom);
    });

  let roaming;
  chart.on('georoam', () => {
    clearTimeout(roaming);
    roaming = setTimeout(() => {
      const zoom = chart.getOption().geo[0].zoom || 1;
      loadPoints(baseZoom + Math.round(Math.log2(zoom)));
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
