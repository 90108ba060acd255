window.polcatSearch("t-es",  {"essentials":[[4,"f"],[9,"f"]]});
