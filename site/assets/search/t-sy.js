window.polcatSearch("t-sy",  {"system":[[11,"f"]]});
