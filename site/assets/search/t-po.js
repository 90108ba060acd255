window.polcatSearch("t-po",  {"pods":[[5,"f"],[11,"f"]],"polcat":[[1,"f"],[5,"f"]]});
