from addon.spool import Spool


def ev(i: int, pad: int = 0) -> dict:
    return {"id": f"e{i}", "action": "post", "pad": "x" * pad}


def test_events_persist_in_order_and_ship(tmp_path):
    s = Spool(tmp_path / "spool.sqlite")
    for i in range(5):
        assert s.put(ev(i))
    s.close()
    s = Spool(tmp_path / "spool.sqlite")        # reopened: still there
    rows = s.pending()
    assert [e["id"] for _, e in rows] == [f"e{i}" for i in range(5)]
    s.mark_shipped([seq for seq, _ in rows[:3]])
    assert [e["id"] for _, e in s.pending()] == ["e3", "e4"]
    s.put(ev(1))                                 # same id again: stored once (idempotency key)
    s.flush()
    assert s.count() == 5
    s.close()


def test_disk_bound_drops_shipped_first_then_oldest(tmp_path):
    s = Spool(tmp_path / "spool.sqlite", max_bytes=5000)
    for i in range(4):
        s.put(ev(i, 1000))
    s.flush()
    s.mark_shipped([seq for seq, _ in s.pending()[:2]])
    for i in range(4, 8):
        s.put(ev(i, 1000))
    s.flush()
    ids = [e["id"] for _, e in s.pending()]
    assert "e0" not in ids and "e7" in ids and s.dropped > 0
    assert s.count() <= 5
    s.close()


def test_full_queue_is_counted_not_raised(tmp_path):
    s = Spool(tmp_path / "spool.sqlite", queue_size=1)
    s.close()                                    # writer stopped: the queue fills
    assert s.put(ev(1)) is True and s.put(ev(2)) is False and s.dropped == 1


def test_write_errors_are_counted(tmp_path):
    s = Spool(tmp_path / "spool.sqlite")
    s.put({"id": "bad", "value": float("nan"), "obj": {1, 2}})   # not JSON-serialisable
    s.put(ev(1))
    s.flush()
    assert s.errors == 1 and s.count() == 1
    s.close()


def test_rejected_events_are_kept_not_pending_and_trimmed_before_pending(tmp_path):
    s = Spool(tmp_path / "spool.sqlite", max_bytes=5000)
    for i in range(3):
        s.put(ev(i, 1000))
    s.flush()
    [(first, _), *_] = s.pending()
    s.mark_rejected([first])
    assert [e["id"] for _, e in s.pending()] == ["e1", "e2"]
    assert s.counts() == {"pending": 2, "shipped": 0, "rejected": 1}
    for i in range(3, 5):                        # over the bound: the rejected one goes first
        s.put(ev(i, 1000))
    s.flush()
    assert s.counts()["rejected"] == 0 and [e["id"] for _, e in s.pending()][-1] == "e4"
    s.close()


def test_a_burst_is_written_together_and_all_of_it_kept(tmp_path):
    s = Spool(tmp_path / "spool.sqlite")
    for i in range(1200):                        # more than one write group
        assert s.put(ev(i))
    s.flush()
    assert s.written == 1200 and s.errors == 0 and s.count() == 1200
    assert s.retry_rejected() == 0
    s.close()
