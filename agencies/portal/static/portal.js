// 工作台的少量脚本：时限倒计时、分拨时按部门筛选单位、提交时防止重复点击。
(function () {
  "use strict";
  var serverNow = Number(document.body.dataset.now || Date.now());
  var loadedAt = Date.now();

  function describe(ms) {
    var prefix = ms >= 0 ? "剩 " : "超期 ";
    var minutes = Math.floor(Math.abs(ms) / 60000);
    var days = Math.floor(minutes / 1440), hours = Math.floor((minutes % 1440) / 60), mins = minutes % 60;
    if (days) return prefix + days + "天" + hours + "小时";
    if (hours) return prefix + hours + "小时" + mins + "分";
    return prefix + mins + "分钟";
  }

  function tick() {
    var now = serverNow + (Date.now() - loadedAt);
    document.querySelectorAll("[data-due]").forEach(function (el) {
      var left = Number(el.dataset.due) - now;
      var text = el.querySelector(".due-left");
      if (text) text.textContent = describe(left);
      if (left < 0 && !el.classList.contains("due-overdue")) {
        el.className = el.className.replace(/due-(ok|soon|urgent)/, "due-overdue");
      }
    });
  }
  setInterval(tick, 30000);

  document.querySelectorAll("form[data-dispatch]").forEach(function (form) {
    var dept = form.querySelector("select[name=department]");
    var unit = form.querySelector("select[name=unit]");
    var category = form.querySelector("select[name=category]");
    function fillUnits() {
      var option = dept.options[dept.selectedIndex];
      var names = option && option.dataset.units ? option.dataset.units.split("|") : [];
      unit.innerHTML = "";
      unit.add(new Option("不指定", ""));
      names.forEach(function (n) { unit.add(new Option(n, n)); });
      unit.disabled = names.length === 0;
    }
    dept.addEventListener("change", fillUnits);
    fillUnits();
    form.querySelectorAll("[data-pick]").forEach(function (chip) {
      chip.addEventListener("click", function () {
        dept.value = chip.dataset.pick;
        if (category && chip.dataset.category) category.value = chip.dataset.category;
        fillUnits();
      });
    });
  });

  document.querySelectorAll("form[method=post]").forEach(function (form) {
    form.addEventListener("submit", function () {
      var button = form.querySelector("button[type=submit]");
      if (button) { setTimeout(function () { button.disabled = true; }, 0); }
    });
  });
})();
