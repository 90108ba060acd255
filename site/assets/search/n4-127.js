window.polcatSearch("n4-127",  {"127.0.0.0/8":[[10,"f"]]});
