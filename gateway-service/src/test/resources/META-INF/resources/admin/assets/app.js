document.getElementById("app").textContent = "TargetBot";
