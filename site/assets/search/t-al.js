window.polcatSearch("t-al",  {"all":[[2,"f"]]});
