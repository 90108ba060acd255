window.polcatSearch("t-sc",  {"scrape":[[11,"f"]],"scrape-metrics-port":[[11,"f"]]});
