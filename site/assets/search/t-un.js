window.polcatSearch("t-un",  {"unreachable":[[10,"f"]]});
