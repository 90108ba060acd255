window.polcatSearch("t-cl",  {"client":[[6,"f"],[10,"1"]],"closing":[[2,"f"]]});
