window.polcatSearch("t-ca",  {"calico":[[1,"f"],[5,"f"],[11,"f"]],"calico-components":[[1,"f"]],"catch":[[2,"f"]],"catch-all":[[2,"f"]]});
