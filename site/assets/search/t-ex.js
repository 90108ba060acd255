window.polcatSearch("t-ex",  {"exceeded":[[10,"f"]]});
