window.polcatSearch("t-tr",  {"traffic":[[2,"f"],[10,"f"]]});
