window.polcatSearch("t-me",  {"mesh":[[0,"1"]],"metrics":[[1,"f"],[11,"f"]]});
