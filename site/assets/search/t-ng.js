window.polcatSearch("t-ng",  {"nginx":[[8,"f"]]});
