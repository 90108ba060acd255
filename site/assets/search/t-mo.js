window.polcatSearch("t-mo",  {"monitoring":[[1,"f"],[11,"f"]]});
