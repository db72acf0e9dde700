// 数据看板的图表（Chart.js，本地提供）。数据由服务端写在 #dashboard-data 中。
(function () {
  "use strict";
  var source = document.getElementById("dashboard-data");
  if (!source || !window.Chart) return;
  var data = JSON.parse(source.textContent);
  var font = '"PingFang SC","Microsoft YaHei","Noto Sans CJK SC","WenQuanYi Micro Hei",sans-serif';
  Chart.defaults.font.family = font;
  Chart.defaults.color = "#4a5562";
  Chart.defaults.maintainAspectRatio = false;
  Chart.defaults.animation = false;
  var red = "#b3261e", blue = "#1f5fbf", green = "#1e8e3e", amber = "#e6a23c";

  function make(id, config) {
    var canvas = document.getElementById(id);
    if (canvas) new Chart(canvas, config);
  }
  var percent = { min: 0, max: 100, ticks: { callback: function (v) { return v + "%"; } } };

  make("chart-daily", {
    type: "line",
    data: {
      labels: data.daily.labels,
      datasets: [
        { label: "受理", data: data.daily.received, borderColor: blue, backgroundColor: "rgba(31,95,191,.12)", fill: true, tension: 0.3, pointRadius: 2 },
        { label: "办结", data: data.daily.resolved, borderColor: green, backgroundColor: "rgba(30,142,62,.08)", fill: true, tension: 0.3, pointRadius: 2 }
      ]
    },
    options: { interaction: { mode: "index", intersect: false }, scales: { y: { beginAtZero: true, ticks: { precision: 0 } } } }
  });
  make("chart-districts", {
    type: "bar",
    data: { labels: data.districts.labels, datasets: [{ label: "受理量", data: data.districts.received, backgroundColor: red, borderRadius: 4 }] },
    options: { plugins: { legend: { display: false } }, scales: { y: { beginAtZero: true, ticks: { precision: 0 } } } }
  });
  make("chart-categories", {
    type: "bar",
    data: { labels: data.categories.labels, datasets: [{ label: "受理量", data: data.categories.received, backgroundColor: blue, borderRadius: 4 }] },
    options: { indexAxis: "y", plugins: { legend: { display: false } }, scales: { x: { beginAtZero: true, ticks: { precision: 0 } } } }
  });
  make("chart-departments", {
    type: "bar",
    data: {
      labels: data.departments.labels,
      datasets: [
        { label: "响应率", data: data.departments.response, backgroundColor: amber, borderRadius: 4 },
        { label: "按时办结率", data: data.departments.on_time, backgroundColor: green, borderRadius: 4 }
      ]
    },
    options: { indexAxis: "y", scales: { x: percent }, plugins: { tooltip: { callbacks: { label: function (c) { return c.dataset.label + "：" + (c.raw == null ? "—" : c.raw + "%"); } } } } }
  });
})();
