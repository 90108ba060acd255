window.polcatSearch("t-is",  {"isolation":[[8,"f"]]});
