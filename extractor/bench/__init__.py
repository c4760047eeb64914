"""`make bench` (python -m extractor.bench): builds derived Tribun pages from ../shared texts and
measures throughput, stages, memory and scaling against trafilatura and BeautifulSoup."""
