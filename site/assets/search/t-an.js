window.polcatSearch("t-an",  {"anywhere":[[2,"f"],[4,"f"],[10,"f"]]});
