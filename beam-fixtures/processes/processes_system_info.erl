%% The system_info and statistics items that OTP code commonly asks for: their shapes,
%% types and relations (the values themselves depend on the machine and the moment).
-module(processes_system_info).
-export([start/0]).
-include("../include/fixture_procs.hrl").

run() ->
    PosInt = fun(X) -> is_integer(X) andalso X > 0 end,
    Release = erlang:system_info(otp_release),
    Version = erlang:system_info(version),
    Checks =
        [{otp_release, Release},
         {version_is_string, io_lib:printable_list(Version)},
         {wordsize, erlang:system_info(wordsize)},
         {{wordsize, internal}, erlang:system_info({wordsize, internal})},
         {{wordsize, external}, erlang:system_info({wordsize, external})},
         {schedulers, PosInt(erlang:system_info(schedulers))},
         {schedulers_online, erlang:system_info(schedulers_online) =< erlang:system_info(schedulers)},
         {logical_processors, case erlang:system_info(logical_processors) of
                                  unknown -> true; LP -> PosInt(LP) end},
         {process_limit, erlang:system_info(process_limit) >= 1024},
         {process_count, erlang:system_info(process_count) >= 1},
         {count_le_limit, erlang:system_info(process_count) =< erlang:system_info(process_limit)},
         {atom_count, erlang:system_info(atom_count) >= 1},
         {atom_limit, erlang:system_info(atom_limit) >= erlang:system_info(atom_count)},
         {port_limit, PosInt(erlang:system_info(port_limit))},
         {ets_limit, PosInt(erlang:system_info(ets_limit))},
         {machine, erlang:system_info(machine)},
         {smp_support, erlang:system_info(smp_support)},
         {threads, erlang:system_info(threads)},
         {endian, erlang:system_info(endian)},
         {hipe_architecture, erlang:system_info(hipe_architecture)},
         {heap_type, erlang:system_info(heap_type)},
         {min_heap_size, erlang:system_info(min_heap_size)},
         {min_bin_vheap_size, erlang:system_info(min_bin_vheap_size)},
         {fullsweep_after, erlang:system_info(fullsweep_after)},
         {thread_pool_size, is_integer(erlang:system_info(thread_pool_size))},
         {debug_compiled, erlang:system_info(debug_compiled)},
         {system_architecture, io_lib:printable_list(erlang:system_info(system_architecture))},
         {system_version, io_lib:printable_list(erlang:system_info(system_version))},
         {driver_version, io_lib:printable_list(erlang:system_info(driver_version))},
         {nif_version, io_lib:printable_list(erlang:system_info(nif_version))},
         {start_time, is_integer(erlang:system_info(start_time))},
         {time_offset, erlang:system_info(time_offset)},
         {time_warp_mode, erlang:system_info(time_warp_mode)},
         {os_monotonic_time_source, is_list(erlang:system_info(os_monotonic_time_source))},
         {dist_ctrl, erlang:system_info(dist_ctrl)},
         {creation, is_integer(erlang:system_info(creation))},
         {kernel_poll, is_boolean(erlang:system_info(kernel_poll))},
         {bad_item, catching(fun() -> erlang:system_info(id(fixture_no_such_item)) end)}],
    Stats =
        [{reductions, case statistics(reductions) of
                          {T, S} -> PosInt(T) andalso is_integer(S) andalso S >= 0 end},
         {exact_reductions, case statistics(exact_reductions) of
                                {T2, S2} -> PosInt(T2) andalso S2 >= 0 end},
         {runtime, case statistics(runtime) of {R1, R2} -> R1 >= 0 andalso R2 >= 0 end},
         {wall_clock, case statistics(wall_clock) of {W1, W2} -> W1 >= 0 andalso W2 >= 0 end},
         {run_queue, statistics(run_queue) >= 0},
         {total_run_queue_lengths, statistics(total_run_queue_lengths) >= 0},
         {context_switches, case statistics(context_switches) of {C, 0} -> C >= 0 end},
         {garbage_collection, case statistics(garbage_collection) of
                                  {G1, G2, 0} -> G1 >= 0 andalso G2 >= 0 end},
         {io, case statistics(io) of {{input, I}, {output, O}} -> I >= 0 andalso O >= 0 end},
         {bad, catching(fun() -> statistics(id(fixture_no_such_statistic)) end)}],
    Mem = erlang:memory(),
    MemKeys = [K || {K, _} <- Mem],
    MemOk = erlang:memory(total) >= erlang:memory(processes),
    {Checks, Stats, MemKeys, MemOk}.

start() ->
    isolated(fun run/0).
